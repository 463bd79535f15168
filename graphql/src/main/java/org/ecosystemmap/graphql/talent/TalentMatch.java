package org.ecosystemmap.graphql.talent;

import java.util.List;
import org.ecosystemmap.graph.vocabulary.Label;
import org.ecosystemmap.graphql.entity.EntityResult;

/** A {@code TalentMatch}: a programme, how well it fits a profile (0 to 1), and why, in English and Dutch. */
public record TalentMatch(EntityResult programme, double score, List<Label> reasons) {
}
