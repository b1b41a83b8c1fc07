package cymru.cylch.organisations.web;

import cymru.cylch.organisations.Nation;
import cymru.cylch.organisations.Organisation;
import cymru.cylch.organisations.OrganisationDetails;
import cymru.cylch.organisations.OrganisationKind;
import cymru.cylch.organisations.PublicIdentifiers;
import cymru.cylch.platform.web.SingleLineText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The organisation form. Identifiers are made canonical (no spaces, upper case) before they are checked. The nation
 * is Wales unless England is chosen.
 */
record OrganisationForm(
        @NotNull OrganisationKind kind,
        @SingleLineText @NotBlank @Size(max = 200) String name,
        @SingleLineText @Size(max = 200) @Nullable String welshName,
        @Pattern(regexp = PublicIdentifiers.COMPANIES_HOUSE_PATTERN) @Nullable String companiesHouseNumber,
        @Pattern(regexp = PublicIdentifiers.CHARITY_PATTERN) @Nullable String charityNumber,
        @Pattern(regexp = PublicIdentifiers.REGULATOR_PATTERN) @Nullable String careRegulatorRegistration,
        @Pattern(regexp = PublicIdentifiers.ODS_PATTERN) @Nullable String odsCode,
        @Nullable Long version,
        @Nullable Nation nation) {

    OrganisationForm {
        companiesHouseNumber = PublicIdentifiers.canonical(companiesHouseNumber);
        charityNumber = PublicIdentifiers.canonical(charityNumber);
        careRegulatorRegistration = PublicIdentifiers.canonical(careRegulatorRegistration);
        odsCode = PublicIdentifiers.canonical(odsCode);
    }

    static OrganisationForm blank() {
        return new OrganisationForm(OrganisationKind.PROVIDER, "", null, null, null, null, null, 0L, Nation.WALES);
    }

    static OrganisationForm of(Organisation o) {
        PublicIdentifiers ids = o.identifiers();
        return new OrganisationForm(o.kind(), o.name(), o.welshName(), ids.companiesHouseNumber(),
                ids.charityNumber(), ids.careRegulatorRegistration(), ids.odsCode(), o.version(), o.nation());
    }

    /** The version the form was loaded at; a post without one counts as stale. */
    long loadedVersion() {
        return version == null ? -1 : version;
    }

    OrganisationDetails details() {
        return new OrganisationDetails(kind, name, welshName,
                new PublicIdentifiers(companiesHouseNumber, charityNumber, careRegulatorRegistration, odsCode),
                nation == null ? Nation.WALES : nation);
    }
}
