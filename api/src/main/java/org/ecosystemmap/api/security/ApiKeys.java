package org.ecosystemmap.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The configured keys, looked up by the SHA-256 of what a client sends, in constant time per key. */
public final class ApiKeys {

    private final Map<String, SecurityProperties.ApiKey> byHash = new HashMap<>();

    public ApiKeys(List<SecurityProperties.ApiKey> keys) {
        for (var key : keys) {
            if (key.name() == null || key.name().isBlank()) {
                throw new IllegalArgumentException("every ecosystem.security.api-keys entry needs a name");
            }
            var hash = key.keySha256() != null ? key.keySha256().strip().toLowerCase(Locale.ROOT)
                    : key.key() != null ? sha256(key.key()) : null;
            if (hash == null || !hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("API key " + key.name() + " needs key-sha256 (64 hex digits) or key");
            }
            byHash.put(hash, key);
        }
    }

    /**
     * True when no key is configured: then nobody can hold a role, and what is open to anyone then (saving a view
     * of the map) asks this first ({@code @apiKeys.none()} in a {@code @PreAuthorize}).
     */
    public boolean none() {
        return byHash.isEmpty();
    }

    /** The authentication for a presented key, or empty when no configured key matches. */
    public Optional<Authentication> authenticate(String presented) {
        var hash = sha256(presented);
        var key = byHash.entrySet().stream()
                .filter(e -> MessageDigest.isEqual(e.getKey().getBytes(StandardCharsets.US_ASCII), hash.getBytes(StandardCharsets.US_ASCII)))
                .map(Map.Entry::getValue).findFirst();
        return key.map(k -> UsernamePasswordAuthenticationToken.authenticated(k.name(), null,
                k.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
