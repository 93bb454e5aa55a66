/**
 * Reading and writing budget disclosures (JSON, JSON Lines, CSV) and importing published disclosure text.
 */
module org.yusuan.io {
    requires transitive org.yusuan.model;
    requires com.fasterxml.jackson.databind;
    requires de.siegmar.fastcsv;

    exports org.yusuan.io;
    exports org.yusuan.io.json;
    exports org.yusuan.io.csv;
    exports org.yusuan.io.text;
}
