module org.yusuan.model {
    requires static org.immutables.value.annotations;
    requires transitive org.yusuan.codes;
    exports org.yusuan.model;
    exports org.yusuan.model.table;
    exports org.yusuan.model.matters;
    exports org.yusuan.model.performance;
}
