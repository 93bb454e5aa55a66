/**
 * CSV of budget disclosures: one file per table (分表 CSV) and the long, one-amount-per-row shape for data teams.
 */
package org.yusuan.io.csv;
