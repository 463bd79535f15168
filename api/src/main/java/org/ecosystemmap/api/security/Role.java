package org.ecosystemmap.api.security;

/** What a key may do. Each role includes the ones below it. */
public enum Role {
    /** Read the map (only needed when reading requires a key). */
    READER,
    /** Change the map: GraphQL mutations and dataset uploads. */
    CURATOR,
    /** Everything, including the audit trail and the operational endpoints. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
