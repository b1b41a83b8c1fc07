package cymru.cylch.monitoring;

/**
 * How poor performance is handled: developmentally (purchaser and provider agree what went wrong and why, and a
 * corrective action plan, with extra monitoring and support) or punitively (a default notice, deductions, suspension
 * from the accredited list, termination; the contract must give the powers). Keys {@code issue.route.<NAME>}.
 */
public enum IssueRoute {
    DEVELOPMENTAL,
    PUNITIVE
}
