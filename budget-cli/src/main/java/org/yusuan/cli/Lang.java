package org.yusuan.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The language of human output (输出语言): Chinese or English. Domain terms (table names, 科目名称) stay in Chinese
 * in both; the sentences around them and the findings' messages follow the language.
 */
enum Lang {
    /** 中文. */
    zh(Locale.SIMPLIFIED_CHINESE),
    /** English. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale findings are rendered in. */
    Locale locale() {
        return locale;
    }

    /** Chinese when the default locale's language is Chinese, English otherwise. */
    static Lang ofDefaultLocale() {
        return "zh".equals(Locale.getDefault().getLanguage()) ? zh : en;
    }

    /** A sentence of the CLI's own bundle ({@code org/yusuan/cli/messages*.properties}), formatted. */
    String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("org.yusuan.cli.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
