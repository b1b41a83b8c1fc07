package cymru.cylch.organisations.web;

import jakarta.validation.constraints.NotBlank;

/** A temporary password an administrator sets; the user must change it at next sign-in. */
record PasswordResetForm(@NotBlank String temporaryPassword) {
}
