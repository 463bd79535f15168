package org.ecosystemmap.graph.vocabulary;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facets by which people find a talent programme, each with its closed vocabulary of values and the
 * labels people read. The field names are those of the GraphQL {@code TalentFilter} and the graph
 * properties of a {@code TalentProgramme}.
 */
public enum TalentFacet {

    TARGET_GROUPS("targetGroups", values(
            "unemployed", "unemployed people",
            "job-seekers", "job seekers",
            "under-represented-groups", "under-represented groups",
            "career-switchers", "career switchers",
            "working-people", "working people",
            "young-people", "young people",
            "mbo-students", "mbo students",
            "hbo-students", "hbo students",
            "wo-students", "university students",
            "teachers", "teachers",
            "sme-staff", "SME owners and staff",
            "employers", "employers",
            "care-workers", "care and welfare workers",
            "professionals", "HR and job-coaching professionals",
            "residents", "residents")),
    SECTORS("sectors", values(
            "ict", "ICT",
            "technology", "technology",
            "care-and-welfare", "care and welfare",
            "construction", "construction",
            "energy-transition", "energy transition",
            "circular-economy", "circular economy",
            "education", "education",
            "all-sectors", "all sectors")),
    ACTIVITY_TYPES("activityTypes", values(
            "retraining", "retraining",
            "upskilling", "upskilling",
            "orientation", "orientation",
            "matching", "matching",
            "career-coaching", "career coaching",
            "funding", "funding",
            "teaching", "teaching",
            "skills-assessment", "skills assessment",
            "information", "information and guidance",
            "entrepreneurship", "entrepreneurship",
            "digital-skills", "digital skills",
            "training-professionals", "training of professionals"));

    private final String field;
    private final Map<String, String> labels;

    TalentFacet(String field, Map<String, String> labels) {
        this.field = field;
        this.labels = labels;
    }

    /** The filter field and graph property name, e.g. {@code targetGroups}. */
    public String field() {
        return field;
    }

    /** Every value in vocabulary order, with its label. */
    public Map<String, String> labels() {
        return labels;
    }

    public Optional<String> label(String value) {
        return Optional.ofNullable(labels.get(value));
    }

    public static Optional<TalentFacet> ofField(String field) {
        return Arrays.stream(values()).filter(f -> f.field.equals(field)).findFirst();
    }

    private static Map<String, String> values(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
