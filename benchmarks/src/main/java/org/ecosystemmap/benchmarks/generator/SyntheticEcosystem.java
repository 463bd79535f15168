package org.ecosystemmap.benchmarks.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic ecosystem in the dataset format: partners with power-law degrees and a board that
 * runs every top-level initiative (a hub like the Amsterdam Economic Board), initiatives with
 * sub-initiatives, talent programmes, coalitions, people, a place hierarchy, themes, goals and years.
 * Deterministic: the same size and seed give the same files.
 */
public final class SyntheticEcosystem {

    private static final List<String> PREFIXES = List.of("Amstel", "Noord", "Zuid", "Haven", "Data", "Tech", "Groen", "Slim",
            "Zorg", "Energie", "Circulair", "Talent", "Digitaal", "Water", "Logistiek", "Bouw", "Kennis", "Health", "Mobiliteit",
            "Textiel", "Voedsel", "Cultuur", "Media", "Finance", "Haarlem", "Zaan", "Almere", "Delta", "Polder", "Metro");
    private static final List<String> SUFFIXES = List.of("Lab", "Hub", "Partners", "Groep", "Campus", "Netwerk", "Fonds",
            "Academie", "Collectief", "Bureau", "Instituut", "Studio", "Works", "Alliantie", "Platform");
    private static final List<String> PARTNER_TYPES = List.of("COMPANY", "COMPANY", "COMPANY", "COMPANY", "GOVERNMENT",
            "KNOWLEDGE_INSTITUTION", "EDUCATION", "HEALTHCARE", "NON_PROFIT", "NETWORK");
    private static final List<String> ROLES = List.of("partner", "consortium partner", "use case", "funder", "pilot partner",
            "knowledge partner", "employer", "signatory");
    private static final List<String> GOAL_STATUSES = List.of("ACHIEVED", "ACHIEVED", "PARTLY_ACHIEVED", "NOT_ACHIEVED");
    private static final String BOARD = "partner-000000";
    private static final String SOURCE = "synthetic.txt#L1";

    private final EcosystemSize size;
    private final SplittableRandom random;
    private final Set<String> written = new HashSet<>();
    private CSVPrinter relationships;
    private int relationshipCount;

    public SyntheticEcosystem(EcosystemSize size) {
        this.size = size;
        this.random = new SplittableRandom(size.seed());
    }

    /** Writes the dataset's CSV files into {@code folder}, returning the number of relationships written. */
    public int writeTo(Path folder) {
        try {
            Files.createDirectories(folder);
            writeEntities(folder);
            try (var printer = printer(folder.resolve("relationships.csv"), "from", "type", "to", "role", "since", "until")) {
                relationships = printer;
                writeStructure();
                writePartnerships();
            }
            return relationshipCount;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeEntities(Path folder) throws IOException {
        try (var out = printer(folder.resolve("partners.csv"), "id", "name", "aliases", "description", "type", "sources")) {
            out.printRecord(BOARD, "Regional Economic Board", "Board|REB", "The hub that runs every top-level initiative.", "NETWORK", SOURCE);
            for (int i = 1; i < size.partners(); i++) {
                out.printRecord(partner(i), name(i) + " " + i, "", "A synthetic organisation working on " + word(PREFIXES).toLowerCase() + ".",
                        word(PARTNER_TYPES), SOURCE);
            }
        }
        try (var out = printer(folder.resolve("initiatives.csv"), "id", "name", "description", "type", "status", "startYear", "endYear", "sources")) {
            for (int i = 0; i < size.initiatives(); i++) {
                boolean topLevel = i < size.topLevelInitiatives();
                int start = 2012 + random.nextInt(12);
                out.printRecord(initiative(i), (topLevel ? "Initiatief " : "Project ") + name(i) + " " + i,
                        "A synthetic initiative on " + word(PREFIXES).toLowerCase() + " and " + word(PREFIXES).toLowerCase() + ".",
                        topLevel ? "INITIATIVE" : "SUB_INITIATIVE", random.nextInt(5) == 0 ? "COMPLETED" : "ACTIVE",
                        start, random.nextInt(4) == 0 ? start + 1 + random.nextInt(4) : "", SOURCE);
            }
        }
        try (var out = printer(folder.resolve("talent-programmes.csv"), "id", "name", "status", "year", "sources")) {
            for (int i = 0; i < size.talentProgrammes(); i++) {
                out.printRecord("talent-" + pad(i), "Talentprogramma " + name(i) + " " + i, "ACTIVE", 2021, SOURCE);
            }
        }
        try (var out = printer(folder.resolve("coalitions.csv"), "id", "name", "type", "size", "sources")) {
            for (int i = 0; i < size.coalitions(); i++) {
                out.printRecord(coalition(i), "Coalitie " + name(i) + " " + i, i % 7 == 0 ? "GREEN_DEAL" : "COALITION", 10 + random.nextInt(90), SOURCE);
            }
        }
        try (var out = printer(folder.resolve("people.csv"), "id", "name", "sources")) {
            for (int i = 0; i < size.people(); i++) {
                out.printRecord("person-" + pad(i), "Persoon " + i, SOURCE);
            }
        }
        try (var out = printer(folder.resolve("places.csv"), "id", "name", "type", "sources")) {
            out.printRecord("country", "Nederland", "COUNTRY", SOURCE);
            for (int i = 0; i < 12; i++) {
                out.printRecord("province-" + i, "Provincie " + i, "PROVINCE", SOURCE);
            }
            for (int i = 0; i < size.municipalities(); i++) {
                out.printRecord(municipality(i), "Gemeente " + word(PREFIXES) + " " + i, "MUNICIPALITY", SOURCE);
            }
        }
        try (var out = printer(folder.resolve("themes.csv"), "id", "name", "sources")) {
            for (int i = 0; i < PREFIXES.size(); i++) {
                out.printRecord("theme-" + i, "Thema " + PREFIXES.get(i), SOURCE);
            }
        }
        try (var out = printer(folder.resolve("goals.csv"), "id", "name", "goalType", "year", "status", "sources")) {
            for (int i = 0; i < size.topLevelInitiatives(); i++) {
                for (int g = 1; g <= 2; g++) {
                    out.printRecord(initiative(i) + "-goal-" + g, "Goal " + g + " of initiative " + i, "TARGET", 2021, word(GOAL_STATUSES), SOURCE);
                }
            }
        }
    }

    private void writeStructure() throws IOException {
        int topLevel = size.topLevelInitiatives();
        for (int i = 0; i < size.initiatives(); i++) {
            if (i < topLevel) {
                relationship(BOARD, "RUNS", initiative(i), "initiator", "", "");
                relationship(initiative(i), "HAS_GOAL", initiative(i) + "-goal-1", "", "", "");
                relationship(initiative(i), "HAS_GOAL", initiative(i) + "-goal-2", "", "", "");
            } else {
                relationship(initiative(i), "PART_OF", initiative(random.nextInt(topLevel)), "", "", "");
            }
            relationship(initiative(i), "LOCATED_IN", municipality(random.nextInt(size.municipalities())), "", "", "");
            relationship(initiative(i), "HAS_THEME", "theme-" + random.nextInt(PREFIXES.size()), "", "", "");
        }
        for (int i = 0; i < size.talentProgrammes(); i++) {
            relationship("talent-" + pad(i), "PART_OF", initiative(random.nextInt(topLevel)), "", "", "");
        }
        for (int i = 0; i < 12; i++) {
            relationship("province-" + i, "PART_OF", "country", "", "", "");
        }
        for (int i = 0; i < size.municipalities(); i++) {
            relationship(municipality(i), "PART_OF", "province-" + (i % 12), "", "", "");
        }
        var partners = new PowerLaw(size.partners(), 0.9, random);
        for (int i = 1; i < size.partners(); i++) {
            relationship(partner(i), "LOCATED_IN", municipality(random.nextInt(size.municipalities())), "", "", "");
        }
        for (int i = 0; i < size.people(); i++) {
            relationship("person-" + pad(i), "WORKS_AT", partner(partners.next()), "employee", "", "");
        }
        var coalitions = new PowerLaw(size.coalitions(), 1.0, random);
        for (int i = 0; i < size.coalitions(); i++) {
            relationship(coalition(i), "RUNS", initiative(random.nextInt(size.initiatives())), "", "", "");
        }
        for (int i = 0; i < size.partners() / 2; i++) {
            relationship(partner(partners.next()), "MEMBER_OF", coalition(coalitions.next()), "member", "", "");
        }
    }

    /** The rest of the budget: organisations taking part in initiatives, both sides power-law. */
    private void writePartnerships() throws IOException {
        var partners = new PowerLaw(size.partners(), 0.8, random);
        var initiatives = new PowerLaw(size.initiatives(), 0.7, random);
        long attempts = 0;
        long maxAttempts = 20L * size.relationships();
        while (relationshipCount < size.relationships() && attempts++ < maxAttempts) {
            int since = random.nextInt(3) == 0 ? 2010 + random.nextInt(14) : 0;
            int until = since > 0 && random.nextInt(3) == 0 ? since + 1 + random.nextInt(5) : 0;
            relationship(partner(partners.next()), "PARTNER_IN", initiative(initiatives.next()), word(ROLES),
                    since == 0 ? "" : Integer.toString(since), until == 0 ? "" : Integer.toString(until));
        }
    }

    private void relationship(String from, String type, String to, String role, String since, String until) throws IOException {
        if (written.add(from + ' ' + type + ' ' + to)) {
            relationships.printRecord(from, type, to, role, since, until);
            relationshipCount++;
        }
    }

    /** The name stem of the i-th partner, initiative or programme, such as "Data Lab": many share it. */
    public static String name(int i) {
        return PREFIXES.get(Math.floorMod(i * 31 + 7, PREFIXES.size())) + " " + SUFFIXES.get(Math.floorMod(i * 17 + 3, SUFFIXES.size()));
    }

    private <T> T word(List<T> words) {
        return words.get(random.nextInt(words.size()));
    }

    public static String partner(int i) {
        return "partner-" + pad(i);
    }

    public static String initiative(int i) {
        return "initiative-" + pad(i);
    }

    private static String coalition(int i) {
        return "coalition-" + pad(i);
    }

    private static String municipality(int i) {
        return "municipality-" + pad(i);
    }

    private static String pad(int i) {
        return String.format("%06d", i);
    }

    private static CSVPrinter printer(Path file, String... header) throws IOException {
        return new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(header).setRecordSeparator('\n').get());
    }
}
