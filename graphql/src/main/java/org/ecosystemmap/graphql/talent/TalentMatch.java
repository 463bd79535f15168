package org.ecosystemmap.graphql.talent;

import java.util.List;
import org.ecosystemmap.graphql.entity.EntityResult;

/** A {@code TalentMatch}: a programme, how well it fits a profile (0 to 1), and why. */
public record TalentMatch(EntityResult programme, double score, List<String> reasons) {
}
