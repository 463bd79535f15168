package org.ecosystemmap.benchmarks.generator;

/**
 * How large a synthetic ecosystem is. The other kinds scale with the partners: coalitions, people,
 * places, themes, talent programmes and goals.
 *
 * @param partners organisations (1k to 100k)
 * @param initiatives initiatives and their sub-initiatives (up to 10k)
 * @param relationships the relationships to aim for in all (up to 1M); the structural ones come first
 * @param seed the same seed gives the same ecosystem, byte for byte
 */
public record EcosystemSize(int partners, int initiatives, int relationships, long seed) {

    public EcosystemSize {
        if (partners < 10 || initiatives < 10 || relationships < partners + initiatives) {
            throw new IllegalArgumentException("an ecosystem needs at least 10 partners and 10 initiatives, and at least "
                    + "as many relationships as partners and initiatives together");
        }
    }

    /** The sizes the benchmarks run at, by name. */
    public static EcosystemSize named(String name, long seed) {
        return switch (name) {
            case "smoke" -> new EcosystemSize(200, 50, 2_000, seed);
            case "1k" -> new EcosystemSize(1_000, 200, 10_000, seed);
            case "10k" -> new EcosystemSize(10_000, 1_000, 100_000, seed);
            case "20k" -> new EcosystemSize(20_000, 2_000, 200_000, seed);
            case "100k" -> new EcosystemSize(100_000, 10_000, 1_000_000, seed);
            default -> throw new IllegalArgumentException("unknown size " + name + "; sizes are smoke, 1k, 10k, 20k, 100k");
        };
    }

    public int coalitions() {
        return Math.max(10, partners / 50);
    }

    public int people() {
        return Math.max(10, partners / 10);
    }

    public int municipalities() {
        return Math.max(10, partners / 500);
    }

    public int talentProgrammes() {
        return Math.max(5, initiatives / 10);
    }

    public int topLevelInitiatives() {
        return Math.max(5, initiatives / 5);
    }
}
