package cymru.cylch.outcomes;

/**
 * One domain of a national outcome framework, named in English and Welsh. {@code key()} ("wales-nof/health")
 * is what other modules store.
 */
public record OutcomeDomain(String framework, String code, String english, String welsh) {

    public String key() {
        return framework + "/" + code;
    }

    public String nameIn(String language) {
        return "cy".equals(language) ? welsh : english;
    }
}
