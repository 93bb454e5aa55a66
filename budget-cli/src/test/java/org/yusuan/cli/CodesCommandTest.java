package org.yusuan.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Runs {@code yusuan codes} in-process and checks exit status and output. */
class CodesCommandTest {

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Yusuan.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void looksUpACodeInAnyPrintedFormWithItsAncestors() {
        Run run = run("codes", "201 3 1");
        assertEquals(0, run.status(), run.err());
        assertEquals("项 2010301 行政运行  [支出功能分类科目, certain, MOF-2024]\n"
                + "  类 201 一般公共服务支出\n"
                + "  款 20103 政府办公厅（室）及相关机构事务\n", run.out().replace("\r\n", "\n"));
    }

    @Test
    void looksUpEconomicCodesAndNamesWhateverTheBrackets() {
        Run run = run("codes", "302 17", "政府办公厅(室)及相关机构事务");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("款 30217 公务接待费  [部门预算支出经济分类科目"), run.out());
        assertTrue(run.out().contains("款 20103 政府办公厅（室）及相关机构事务  [支出功能分类科目"), run.out());
    }

    @Test
    void suggestsCloseEntriesAndExitsWithOneWhenNothingIsFound() {
        Run run = run("codes", "一般公共服物支出", "201 3 7");
        assertEquals(1, run.status());
        assertTrue(run.out().contains("\"一般公共服物支出\" is not a name in the 2024 catalogs\n  did you mean: 201 一般公共服务支出"),
                run.out());
        assertTrue(run.out().contains("项 2010307 is not in the 2024 支出功能分类科目"), run.out());
    }

    @Test
    void printsOneJsonObjectPerQuery() throws Exception {
        Run run = run("codes", "--format", "json", "2080505", "不存在的科目名称");
        assertEquals(1, run.status());
        String[] lines = run.out().strip().split("\\R");
        assertEquals(2, lines.length, run.out());
        JsonNode found = new ObjectMapper().readTree(lines[0]);
        assertEquals("2080505", found.path("matches").path(0).path("code").asText());
        assertEquals("机关事业单位基本养老保险缴费支出", found.path("matches").path(0).path("name").asText());
        assertEquals("208", found.path("matches").path(0).path("path").path(0).path("code").asText());
        JsonNode missing = new ObjectMapper().readTree(lines[1]);
        assertEquals(false, missing.path("found").asBoolean());
    }

    @Test
    void aYearWithoutCatalogsIsAUsageError() {
        Run run = run("codes", "--year", "1999", "201");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no built-in 支出功能分类科目 for 1999"), run.err());
    }

    @Test
    void noQueryIsAUsageErrorAndHelpShowsExamples() {
        assertEquals(2, run("codes").status());
        Run help = run("codes", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("Examples:"), help.out());
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("yusuan 0."), version.out());
    }
}
