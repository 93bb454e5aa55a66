package org.yusuan.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.internal.KorlaCityGovOfficeFixture;

/**
 * The real published 2024 disclosures (预算公开) that yusuan is tested on, in one line each: as the text extracted
 * from the published document, and, where it has been built, as the model.
 *
 * <p>The texts are kept exactly as extracted, mistakes included (sums off by 0.01, names cut at a cell edge,
 * damaged code columns): they are test input, never to be corrected.
 */
public final class Fixtures {

    /** 库尔勒市人民政府办公室 2024 年部门预算公开. */
    public static final String KORLA_CITY_GOV_OFFICE = "2024-korla-city-gov-office.txt";
    /** 库尔勒经济技术开发区管理委员会党政办公室 2024 年单位预算公开. */
    public static final String KORLA_ETDZ_PARTY_GOV_OFFICE = "2024-korla-etdz-party-gov-office.txt";
    /** 库尔勒经济技术开发区社会事务服务中心 2024 年单位预算公开. */
    public static final String KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER = "2024-korla-etdz-social-affairs-center.txt";

    private static final String FOLDER = "/org/yusuan/testkit/disclosures/";

    private Fixtures() {
    }

    /**
     * The file names of every real disclosure text, in a stable order.
     *
     * @return the names; immutable, never null
     */
    public static List<String> disclosureTexts() {
        return List.of(KORLA_CITY_GOV_OFFICE, KORLA_ETDZ_PARTY_GOV_OFFICE, KORLA_ETDZ_SOCIAL_AFFAIRS_CENTER);
    }

    /**
     * The text of a real disclosure, exactly as extracted from the published document.
     *
     * @param fileName one of {@link #disclosureTexts()}, not null
     * @return the text, never null
     * @throws IllegalArgumentException if there is no such fixture
     * @throws UncheckedIOException if the resource cannot be read
     */
    public static String text(String fileName) {
        Objects.requireNonNull(fileName, "fileName must not be null");
        try (InputStream in = Fixtures.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture disclosure named \"" + fileName + "\"; there are "
                        + disclosureTexts());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + fileName, e);
        }
    }

    /**
     * 库尔勒市人民政府办公室's 2024 disclosure as the model, built by hand from its text: every table with every row
     * and amount as printed, the overview, narrative, other matters and performance sheets.
     *
     * @return the disclosure, never null
     */
    public static BudgetDisclosure korlaCityGovOffice() {
        return KorlaCityGovOfficeFixture.disclosure();
    }
}
