/**
 * Reading and writing budget disclosures (JSON, JSON Lines, CSV) and importing published disclosure text.
 */
module org.yusuan.io {
    requires transitive org.yusuan.model;

    exports org.yusuan.io;
}
