/**
 * The implementation of the disclosure text importer: line normalisation, cell splitting, amounts, codes, table
 * detection, one reader per table shape and readers of the parts outside the tables. Not exported.
 */
package org.yusuan.io.text.internal;
