package org.ecosystemmap.api.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may do what. Reading is open unless {@code read-requires-key}; every change needs a key with the
 * CURATOR or ADMIN role, sent as {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}.
 *
 * @param readRequiresKey when true, reading also needs a key (any role)
 * @param apiKeys the keys, each with a name (recorded in the audit trail) and roles
 */
@ConfigurationProperties("ecosystem.security")
public record SecurityProperties(Boolean readRequiresKey, List<ApiKey> apiKeys) {

    public SecurityProperties {
        readRequiresKey = readRequiresKey != null && readRequiresKey;
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }

    /**
     * One API key. Give its SHA-256 (hex) in {@code key-sha256}, so the configuration never holds the key
     * itself; {@code key} (the key in plain text) is accepted for local use.
     */
    public record ApiKey(String name, String key, String keySha256, List<Role> roles) {
        public ApiKey {
            roles = roles == null ? List.of(Role.READER) : List.copyOf(roles);
        }
    }
}
