package cymru.cylch.platform.security.web;

import jakarta.validation.constraints.NotBlank;

/** Change of one's own password. */
record PasswordForm(@NotBlank String currentPassword, @NotBlank String newPassword, @NotBlank String confirmPassword) {

    static PasswordForm empty() {
        return new PasswordForm("", "", "");
    }
}
