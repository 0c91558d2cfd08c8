package cn.jianwu.reports.api.archive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volume checked again from its stored ZIP: every file's SHA-256 and size against the
 * manifest, the manifest against the hash recorded when sealed, the signature against the
 * signing key.
 *
 * @param volumeId the volume checked
 * @param valid whether nothing was found wrong
 * @param checkedFiles how many files of the ZIP were hashed
 * @param problems what was found wrong, by file
 * @param checkedAt when
 */
public record VolumeVerification(UUID volumeId, boolean valid, int checkedFiles, List<VerificationProblem> problems,
		Instant checkedAt) {

	public VolumeVerification {
		problems = List.copyOf(problems);
	}

}
