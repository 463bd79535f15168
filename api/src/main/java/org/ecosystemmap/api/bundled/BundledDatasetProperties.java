package org.ecosystemmap.api.bundled;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dataset the server loads into an empty graph on start.
 *
 * @param enabled whether to load it (default true)
 * @param location the dataset folder on the classpath (default the 2021 annual report)
 * @param seed a data folder this dataset was already loaded into, copied into a new data folder instead of loading
 *        (see {@link BundledStoreSeed}; {@code ./ecomap} sets it to the one its build made); none by default
 */
@ConfigurationProperties("ecosystem.bundled-dataset")
public record BundledDatasetProperties(Boolean enabled, String location, Path seed) {

    public BundledDatasetProperties {
        enabled = enabled == null || enabled;
        location = location == null ? "datasets/jaarverslag-2021" : location;
    }
}
