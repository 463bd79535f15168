package org.ecosystemmap.benchmarks.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ecosystemmap.benchmarks.generator.EcosystemSize;
import org.ecosystemmap.benchmarks.generator.SyntheticEcosystem;

/**
 * The arguments the scenarios cycle through, drawn once from a seed over the ids and names the generator
 * gives an ecosystem of this size: every system gets the same questions in the same order.
 */
public record Workload(List<String> partners, List<String[]> partnerPairs, List<String[]> initiativePairs, List<String> searchTexts) {

    private static final int COUNT = 512;

    public static Workload of(EcosystemSize size) {
        var random = new SplittableRandom(size.seed() * 31 + 7);
        var partners = new ArrayList<String>();
        var partnerPairs = new ArrayList<String[]>();
        var initiativePairs = new ArrayList<String[]>();
        var searchTexts = new ArrayList<String>();
        for (int i = 0; i < COUNT; i++) {
            partners.add(SyntheticEcosystem.partner(random.nextInt(size.partners())));
            int a = random.nextInt(1, size.partners());
            int b = random.nextInt(1, size.partners());
            partnerPairs.add(new String[] {SyntheticEcosystem.partner(a), SyntheticEcosystem.partner(b == a ? (b % (size.partners() - 1)) + 1 : b)});
            int x = random.nextInt(size.topLevelInitiatives());
            int y = (x + 1 + random.nextInt(size.topLevelInitiatives() - 1)) % size.topLevelInitiatives();
            initiativePairs.add(new String[] {SyntheticEcosystem.initiative(x), SyntheticEcosystem.initiative(y)});
            int named = random.nextInt(size.partners());
            // Half the searches name one organisation exactly, half a stem that many organisations share.
            searchTexts.add(i % 2 == 0 ? SyntheticEcosystem.name(named) + " " + named : SyntheticEcosystem.name(named));
        }
        return new Workload(List.copyOf(partners), List.copyOf(partnerPairs), List.copyOf(initiativePairs), List.copyOf(searchTexts));
    }

    /** How many questions of each kind there are before they repeat. */
    public int size() {
        return COUNT;
    }

    String partner(long i) {
        return partners.get((int) (i % partners.size()));
    }

    String[] partnerPair(long i) {
        return partnerPairs.get((int) (i % partnerPairs.size()));
    }

    String[] initiativePair(long i) {
        return initiativePairs.get((int) (i % initiativePairs.size()));
    }

    String searchText(long i) {
        return searchTexts.get((int) (i % searchTexts.size()));
    }
}
