/**
 * JSON and JSON Lines of budget disclosures (预算公开 JSON): the versioned document format, its reader and writer.
 */
package org.yusuan.io.json;
