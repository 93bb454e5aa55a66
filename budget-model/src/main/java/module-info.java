module org.yusuan.model {
    requires static org.immutables.value.annotations;
    requires transitive org.yusuan.codes;
    exports org.yusuan.model;
}
