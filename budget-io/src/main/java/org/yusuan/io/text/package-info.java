/**
 * The importer of published disclosure text (预算公开文本导入): the text extracted from a published PDF or Word
 * document, read into the model with a report of what was found, inferred and left unread.
 */
package org.yusuan.io.text;
