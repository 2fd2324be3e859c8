package org.dealgraph.fact;

/** What kind of thing a named entity is. */
public enum EntityKind {
    ORGANIZATION, PERSON, PRODUCT, PLATFORM
}
