package org.ecosystemmap.graphql.talent;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityNode;

/** A {@code TalentMatch}: a programme, how well it fits a profile (0 to 1), and why. */
public record TalentMatch(EntityNode programme, double score, List<String> reasons) {
}
