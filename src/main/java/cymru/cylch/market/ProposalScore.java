package cymru.cylch.market;

/** The worker's score of a proposal out of 10 for quality and for how well it would achieve the outcomes. */
public record ProposalScore(int quality, int outcomes) {

    public static final int MOST = 10;
}
