package cymru.cylch.people;

import java.util.Optional;

/**
 * An NHS number: ten digits, the last a modulus 11 check digit over the first nine weighted 10 down to 2
 * (NHS Data Dictionary, "NHS Number"). Written with spaces as 3-3-4 for people; stored as ten digits.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
    }

    /** Parses what a person typed (spaces and hyphens allowed); empty if it is not a valid NHS number. */
    public static Optional<NhsNumber> parse(String typed) {
        String digits = typed.replaceAll("[\\s-]", "");
        return isValid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        return checkDigit(digits.substring(0, 9)).map(c -> c == digits.charAt(9) - '0').orElse(false);
    }

    /** The check digit for nine digits, or empty when they have none (the remainder gives 10). */
    public static Optional<Integer> checkDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nineDigits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            return Optional.of(0);
        }
        return check == 10 ? Optional.empty() : Optional.of(check);
    }

    /** 943 476 5919 */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
