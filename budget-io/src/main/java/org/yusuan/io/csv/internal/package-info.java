/**
 * Implementation of the CSV shapes: cell encoding, charset decoding, the generic table rows both shapes share and
 * the key/value fields of the parts that are not tables. Not API: not exported by the module.
 */
package org.yusuan.io.csv.internal;
