package org.ecosystemmap.api.bundled;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dataset the server loads into an empty graph on start.
 *
 * @param enabled whether to load it (default true)
 * @param location the dataset folder on the classpath (default the 2021 annual report)
 */
@ConfigurationProperties("ecosystem.bundled-dataset")
public record BundledDatasetProperties(Boolean enabled, String location) {

    public BundledDatasetProperties {
        enabled = enabled == null || enabled;
        location = location == null ? "datasets/jaarverslag-2021" : location;
    }
}
