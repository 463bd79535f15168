package org.ecosystemmap.graph.vocabulary;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Every closed vocabulary of the map, with the English and Dutch labels of its values: the one place they
 * are worded. The explorer, GraphQL ({@code vocabulary(lang)}, facet labels, match reasons) and the exports
 * read them from here, so they agree. The Dutch follows the 2021 annual report where it has a word for the
 * value (speerpunt, beoogde activiteit, deels behaald, zijinstromers, afgeschaald).
 *
 * <p>Labels are written as they read inside a sentence (lowercase unless a name); the labels of the
 * entity kinds and the talent facet fields, which stand alone in badges and headings, are capitalised.
 * Every value of the enumerations named here has a term, in the enumeration's order.
 */
public enum Vocabulary {

    ENTITY_KIND("EntityKind", EntityKind.class,
            kind(EntityKind.PARTNER, "Partner", "Partners", "Partner", "Partners"),
            kind(EntityKind.INITIATIVE, "Initiative", "Initiatives", "Initiatief", "Initiatieven"),
            kind(EntityKind.TALENT_PROGRAMME, "Talent programme", "Talent programmes", "Talentprogramma", "Talentprogramma's"),
            kind(EntityKind.COALITION, "Coalition", "Coalitions", "Coalitie", "Coalities"),
            kind(EntityKind.PERSON, "Person", "People", "Persoon", "Personen"),
            kind(EntityKind.PLACE, "Place", "Places", "Plaats", "Plaatsen"),
            kind(EntityKind.THEME, "Theme", "Themes", "Thema", "Thema's"),
            kind(EntityKind.GOAL, "Goal", "Goals", "Doel", "Doelen"),
            kind(EntityKind.FUNDING, "Funding", "Fundings", "Financiering", "Financieringen"),
            kind(EntityKind.EVENT, "Event", "Events", "Bijeenkomst", "Bijeenkomsten")),
    RELATION_TYPE("RelationType", RelationType.class,
            relation(RelationType.PARTNER_IN, new Label("takes part in", "neemt deel aan"),
                    new Label("Takes part in", "Neemt deel aan"), new Label("Partners", "Deelnemers")),
            relation(RelationType.MEMBER_OF, new Label("is a member of", "is lid van"),
                    new Label("Member of", "Lid van"), new Label("Members", "Leden")),
            relation(RelationType.PART_OF, new Label("is part of", "is onderdeel van"),
                    new Label("Part of", "Onderdeel van"), new Label("Parts", "Onderdelen")),
            relation(RelationType.RUNS, new Label("runs", "trekt"),
                    new Label("Runs", "Trekker van"), new Label("Run by", "Getrokken door")),
            relation(RelationType.FUNDS, new Label("funds", "financiert"),
                    new Label("Funds", "Financiert"), new Label("Funded by", "Gefinancierd door")),
            relation(RelationType.WORKS_AT, new Label("works at", "werkt bij"),
                    new Label("Works at", "Werkt bij"), new Label("People", "Medewerkers")),
            relation(RelationType.LOCATED_IN, new Label("is located or runs in", "is gevestigd of actief in"),
                    new Label("Located in", "Gevestigd of actief in"), new Label("Located here", "Hier gevestigd of actief")),
            relation(RelationType.HAS_THEME, new Label("is about", "gaat over"),
                    new Label("Themes", "Thema's"), new Label("Works on this theme", "Werkt aan dit thema")),
            relation(RelationType.HAS_GOAL, new Label("set the goal", "stelde het doel"),
                    new Label("Goals", "Doelen"), new Label("Goal of", "Doel van")),
            relation(RelationType.CONNECTED_TO, new Label("is linked with", "is verbonden met"),
                    new Label("Linked with", "Verbonden met"), new Label("Linked from", "Verbonden vanuit"))),
    GOAL_STATUS("GoalStatus", GoalStatus.class,
            term(GoalStatus.ACHIEVED, "achieved", "behaald"),
            term(GoalStatus.PARTLY_ACHIEVED, "partly achieved", "deels behaald"),
            term(GoalStatus.NOT_ACHIEVED, "not achieved", "nog niet behaald"),
            term(GoalStatus.UNKNOWN, "no result given", "geen resultaat vermeld")),
    GOAL_TYPE("GoalType", GoalType.class,
            term(GoalType.TARGET, "target", "speerpunt"),
            term(GoalType.ACTIVITY, "planned activity", "beoogde activiteit")),
    PARTNER_TYPE("PartnerType", PartnerType.class,
            term(PartnerType.GOVERNMENT, "government", "overheid"),
            term(PartnerType.KNOWLEDGE_INSTITUTION, "knowledge institution", "kennisinstelling"),
            term(PartnerType.EDUCATION, "education", "onderwijsinstelling"),
            term(PartnerType.HEALTHCARE, "healthcare", "zorginstelling"),
            term(PartnerType.COMPANY, "company", "bedrijf"),
            term(PartnerType.NON_PROFIT, "non-profit", "maatschappelijke organisatie"),
            term(PartnerType.NETWORK, "network", "netwerk"),
            term(PartnerType.MEDIA, "media", "media"),
            term(PartnerType.OTHER, "other", "overig")),
    INITIATIVE_TYPE("InitiativeType", InitiativeType.class,
            term(InitiativeType.INITIATIVE, "initiative", "initiatief"),
            term(InitiativeType.PROGRAMME, "programme", "programma"),
            term(InitiativeType.SUB_INITIATIVE, "sub-initiative", "deelinitiatief"),
            term(InitiativeType.PROJECT, "project", "project"),
            term(InitiativeType.PILOT, "pilot", "pilot"),
            term(InitiativeType.TOOL, "tool", "instrument"),
            term(InitiativeType.TRACK, "track", "track"),
            term(InitiativeType.PLATFORM, "platform", "platform"),
            term(InitiativeType.AGENDA, "agenda", "agenda")),
    COALITION_TYPE("CoalitionType", CoalitionType.class,
            term(CoalitionType.CONSORTIUM, "consortium", "consortium"),
            term(CoalitionType.COALITION, "coalition", "coalitie"),
            term(CoalitionType.GREEN_DEAL, "green deal", "green deal"),
            term(CoalitionType.NETWORK, "network", "netwerk"),
            term(CoalitionType.COUNCIL, "council", "raad"),
            term(CoalitionType.BOARD, "board", "board"),
            term(CoalitionType.COMMUNITY, "community", "community"),
            term(CoalitionType.WORKING_GROUP, "working group", "werkgroep")),
    PLACE_TYPE("PlaceType", PlaceType.class,
            term(PlaceType.COUNTRY, "country", "land"),
            term(PlaceType.PROVINCE, "province", "provincie"),
            term(PlaceType.REGION, "region", "regio"),
            term(PlaceType.MUNICIPALITY, "municipality", "gemeente"),
            term(PlaceType.DISTRICT, "district", "stadsdeel"),
            term(PlaceType.NEIGHBOURHOOD, "neighbourhood", "wijk"),
            term(PlaceType.SITE, "site", "locatie")),
    STATUS("Status", Status.class,
            term(Status.PLANNED, "planned", "gepland"),
            term(Status.ACTIVE, "active", "actief"),
            term(Status.COMPLETED, "completed", "afgerond"),
            term(Status.STOPPED, "stopped", "gestopt"),
            term(Status.SCALED_DOWN, "scaled down", "afgeschaald"),
            term(Status.HANDED_OVER, "handed over", "overgedragen")),
    FUNDING_OUTCOME("FundingOutcome", FundingOutcome.class,
            term(FundingOutcome.APPLIED, "applied for", "aangevraagd"),
            term(FundingOutcome.GRANTED, "granted", "toegekend"),
            term(FundingOutcome.REJECTED, "rejected", "afgewezen"),
            term(FundingOutcome.COMMITTED, "committed", "toegezegd"),
            term(FundingOutcome.RAISED, "raised", "opgehaald")),
    EVENT_FORMAT("EventFormat", EventFormat.class,
            term(EventFormat.ONLINE, "online", "online"),
            term(EventFormat.LIVE, "in person", "live"),
            term(EventFormat.HYBRID, "hybrid", "hybride")),
    /** What a relationship means for a connection, as the weights table ({@link RelationWeights}) reads it. */
    LINK_MEANING("LinkMeaning", LinkMeaning.class,
            term(LinkMeaning.WORKING, "working relationship", "werkrelatie"),
            term(LinkMeaning.RUNNING, "runs it", "trekker"),
            term(LinkMeaning.PART_AND_WHOLE, "part and whole", "onderdeel en geheel"),
            term(LinkMeaning.OTHER_LINK, "other link", "andere verbinding"),
            term(LinkMeaning.INTENDED, "planned or not realised", "gepland of niet gerealiseerd"),
            term(LinkMeaning.GOAL, "goal", "doel"),
            term(LinkMeaning.MENTION, "passing mention", "vermelding"),
            term(LinkMeaning.LOCATION, "location", "locatie of werkgebied"),
            term(LinkMeaning.THEME, "shared theme", "thema"),
            term(LinkMeaning.PLACE_CONTAINMENT, "place within a place", "plaats binnen een plaats")),
    CHANGE_KIND("ChangeKind", ChangeKind.class,
            term(ChangeKind.JOINED, "joined", "toegetreden"),
            term(ChangeKind.LEFT, "left", "vertrokken"),
            term(ChangeKind.STARTED, "started", "gestart"),
            term(ChangeKind.ENDED, "ended", "beëindigd"),
            term(ChangeKind.HANDED_OVER, "handed over", "overgedragen")),
    /** The fields of the GraphQL {@code TalentFilter}, as headings of the facets that narrow the programmes. */
    TALENT_FIELD("TalentField", null,
            term("targetGroups", "Who it is for", "Voor wie"),
            term("sectors", "Sector", "Sector"),
            term("activityTypes", "What it offers", "Wat het biedt"),
            term("places", "Where", "Waar"),
            term("providers", "Run by", "Aangeboden door"),
            term("partners", "With partners", "Met partners"),
            term("statuses", "Status", "Status")),
    TARGET_GROUPS("targetGroups", null,
            term("unemployed", "unemployed people", "werklozen"),
            term("job-seekers", "job seekers", "werkzoekenden"),
            term("under-represented-groups", "under-represented groups", "ondervertegenwoordigde groepen"),
            term("career-switchers", "career switchers", "zijinstromers"),
            term("working-people", "working people", "werkenden"),
            term("young-people", "young people", "jongeren"),
            term("mbo-students", "mbo students", "mbo-studenten"),
            term("hbo-students", "hbo students", "hbo-studenten"),
            term("wo-students", "university students", "wo-studenten"),
            term("teachers", "teachers", "docenten"),
            term("sme-staff", "SME owners and staff", "mkb-ondernemers en -medewerkers"),
            term("employers", "employers", "werkgevers"),
            term("care-workers", "care and welfare workers", "medewerkers in zorg en welzijn"),
            term("professionals", "HR and job-coaching professionals", "hr- en loopbaanprofessionals"),
            term("residents", "residents", "bewoners")),
    SECTORS("sectors", null,
            term("ict", "ICT", "ICT"),
            term("technology", "technology", "techniek"),
            term("care-and-welfare", "care and welfare", "zorg en welzijn"),
            term("construction", "construction", "bouw"),
            term("energy-transition", "energy transition", "energietransitie"),
            term("circular-economy", "circular economy", "circulaire economie"),
            term("education", "education", "onderwijs"),
            term("all-sectors", "all sectors", "alle sectoren")),
    ACTIVITY_TYPES("activityTypes", null,
            term("retraining", "retraining", "omscholing"),
            term("upskilling", "upskilling", "bijscholing"),
            term("orientation", "orientation", "oriëntatie"),
            term("matching", "matching", "matching"),
            term("career-coaching", "career coaching", "loopbaanbegeleiding"),
            term("funding", "funding", "financiering"),
            term("teaching", "teaching", "lesgeven"),
            term("skills-assessment", "skills assessment", "skills in kaart brengen"),
            term("information", "information and guidance", "informatie en advies"),
            term("entrepreneurship", "entrepreneurship", "ondernemerschap"),
            term("digital-skills", "digital skills", "digitale vaardigheden"),
            term("training-professionals", "training of professionals", "training van professionals"));

    private final String vocabularyName;
    private final Class<? extends Enum<?>> enumeration;
    private final List<Term> terms;

    Vocabulary(String vocabularyName, Class<? extends Enum<?>> enumeration, Term... terms) {
        this.vocabularyName = vocabularyName;
        this.enumeration = enumeration;
        this.terms = List.of(terms);
    }

    /**
     * The name clients know it by: the GraphQL enumeration ({@code GoalStatus}), or for talent facet values
     * the {@code TalentFilter} field ({@code targetGroups}).
     */
    public String vocabularyName() {
        return vocabularyName;
    }

    /** The Java enumeration whose constants are the values; empty for the talent facets and fields. */
    public Optional<Class<? extends Enum<?>>> enumeration() {
        return Optional.ofNullable(enumeration);
    }

    /** The values with their labels, in vocabulary order. */
    public List<Term> terms() {
        return terms;
    }

    /** The values, in vocabulary order. */
    public List<String> termValues() {
        return terms.stream().map(Term::value).toList();
    }

    public Optional<Term> term(String value) {
        return terms.stream().filter(t -> t.value().equals(value)).findFirst();
    }

    /** How a value reads in a language; the value itself when it is not in the vocabulary. */
    public String label(String value, Language language) {
        return term(value).map(t -> t.label().in(language)).orElse(value);
    }

    /** The label of an enumeration constant (a kind, a status, a relationship type ...) in a language. */
    public static String label(Enum<?> value, Language language) {
        return of(value.getDeclaringClass()).map(v -> v.label(value.name(), language)).orElse(value.name());
    }

    /** The vocabulary of an enumeration. */
    public static Optional<Vocabulary> of(Class<?> enumeration) {
        return Arrays.stream(values()).filter(v -> v.enumeration == enumeration).findFirst();
    }

    /** The vocabulary of an enumeration property of a kind ({@code Partner.type}, {@code Goal.status}). */
    public static Optional<Vocabulary> of(PropertySpec property) {
        return Arrays.stream(values()).filter(v -> v.enumeration != null && v.termValues().equals(property.allowedValues())).findFirst();
    }

    public static Optional<Vocabulary> named(String vocabularyName) {
        return Arrays.stream(values()).filter(v -> v.vocabularyName.equals(vocabularyName)).findFirst();
    }

    private static Term term(Enum<?> value, String en, String nl) {
        return term(value.name(), en, nl);
    }

    private static Term term(String value, String en, String nl) {
        return new Term(value, new Label(en, nl), null, null, null);
    }

    private static Term kind(EntityKind kind, String en, String enPlural, String nl, String nlPlural) {
        return new Term(kind.name(), new Label(en, nl), new Label(enPlural, nlPlural), null, null);
    }

    private static Term relation(RelationType type, Label label, Label outgoing, Label incoming) {
        return new Term(type.name(), label, null, outgoing, incoming);
    }
}
