package org.yusuan.validation.internal;

import java.util.List;

/** One rule (or rule family) of the engine: stateless and thread-safe, it reports into a {@link Context}. */
public interface Rule {

    /**
     * The rule ids this rule reports under; the engine skips the rule when all are switched off.
     *
     * @return the ids, never empty
     */
    List<String> ids();

    /**
     * Checks the context's disclosure and reports findings into the context.
     *
     * @param context the validation run
     */
    void check(Context context);
}
