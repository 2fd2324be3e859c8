package org.dealgraph.extract;

/** What kind of thing a named entity is. */
public enum EntityKind {
    ORGANIZATION, PERSON, PRODUCT, PLATFORM
}
