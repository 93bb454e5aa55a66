package org.yusuan.testkit.internal;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;
import org.yusuan.model.BudgetDisclosure;
import org.yusuan.testkit.Disclosures;

/**
 * Lets a jqwik property ask for {@code @ForAll BudgetDisclosure} and get {@link Disclosures#valid()}: registered in
 * {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}. For arbitrary (not necessarily consistent)
 * disclosures, name {@link Disclosures#any()} in a {@code @Provide} method.
 */
public final class BudgetDisclosureArbitraryProvider implements ArbitraryProvider {

    /** Creates the provider; jqwik does, through the service loader. */
    public BudgetDisclosureArbitraryProvider() {
        // stateless
    }

    @Override
    public boolean canProvideFor(TypeUsage targetType) {
        return targetType.isOfType(BudgetDisclosure.class);
    }

    @Override
    public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
        return Set.of(Disclosures.valid());
    }
}
