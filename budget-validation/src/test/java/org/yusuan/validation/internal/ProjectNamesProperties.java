package org.yusuan.validation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yusuan.codes.CodeNames;

/** The comparison form of a project name turns every run of dashes into one hyphen, as a regular expression would. */
class ProjectNamesProperties {

    private static final Pattern DASHES = Pattern.compile("[\\-\\u2010-\\u2015\\u2212\\uFF0D]+");

    @Property(tries = 2000)
    void everyRunOfDashesBecomesOneHyphen(@ForAll("names") String name) {
        assertEquals(DASHES.matcher(CodeNames.normalize(name)).replaceAll("-"), ProjectNames.normalize(name));
    }

    @Example
    void dashesOfEveryKindReadAsOneHyphen() {
        assertEquals("部门专项-大楼维修", ProjectNames.normalize("部门专项——大楼维修"));
        assertEquals("部门专项-大楼维修", ProjectNames.normalize("部门专项－ 大楼维修"));
        assertEquals("-a-b-", ProjectNames.normalize("‐a−―b\u2012"));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("部门专项大楼维修项目 （）-‐‑‒–—―−－\u2016\u2009\u3000").ofMaxLength(14);
    }
}
