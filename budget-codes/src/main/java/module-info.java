/**
 * The official classification catalogs of Chinese government budgets (政府收支分类科目):
 * 支出功能分类科目 and 部门预算支出经济分类科目, their code types, parsing and per-year catalogs.
 */
module org.yusuan.codes {
    requires de.siegmar.fastcsv;

    exports org.yusuan.codes;
}
