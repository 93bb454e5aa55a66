/**
 * Reading and writing budget disclosures: JSON and JSON Lines, CSV (per table and long), and the importer of
 * published disclosure text. Bad input is reported with {@link org.yusuan.io.ReadException}, which names where and
 * what was expected.
 */
package org.yusuan.io;
