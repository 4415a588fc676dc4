package io.claimcheck.model;

/**
 * Whether two places a frame names can be where one figure was counted: the aligner keeps groups of other places
 * apart with it, and the engine compares no figure with one counted elsewhere.
 */
public final class Places {

    private Places() {}

    /**
     * True unless both name a place and neither agrees with the other: the same name, one inside the other's name
     * ("gaza", "the gaza strip"), or one a country and the other in it or unknown to WordNet ("derna" meets "libya";
     * "buncombe county" does not meet "north carolina", which is no country). Names are lower-cased; a country is as
     * WordNet names it, or null.
     */
    public static boolean agree(String name, String country, String otherName, String otherCountry) {
        if (name == null || otherName == null) {
            return true;
        }
        return sameName(name, otherName)
                || inside(name, country, otherName, otherCountry)
                || inside(otherName, otherCountry, name, country);
    }

    /**
     * True when both name no place, or the same place by name: one name inside the other ("gaza", "the gaza strip";
     * "new york", "new york city"). A country and a town in it are two names.
     */
    public static boolean sameName(String name, String otherName) {
        if (name == null || otherName == null) {
            return name == null && otherName == null;
        }
        return name.contains(otherName) || otherName.contains(name);
    }

    /** True when place {@code part} may lie in {@code whole}: a country, holding it by WordNet or not knowing it. */
    private static boolean inside(String part, String partCountry, String whole, String wholeCountry) {
        if (wholeCountry == null || !wholeCountry.equalsIgnoreCase(whole)) {
            return false;
        }
        return partCountry == null || partCountry.equalsIgnoreCase(whole);
    }
}
