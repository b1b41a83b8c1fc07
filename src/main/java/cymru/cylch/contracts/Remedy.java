package cymru.cylch.contracts;

/**
 * The powers a contract gives its commissioner over a provider that performs poorly: deductions from payments,
 * suspension of new business, termination. A commissioner may act punitively only where the contract gives the
 * power ({@link ContractTerms#allows}).
 */
public enum Remedy {
    DEDUCTION,
    SUSPENSION,
    TERMINATION
}
