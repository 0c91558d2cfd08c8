package cn.jianwu.reports.api.archive;

/**
 * One thing a verification found wrong.
 *
 * @param file the path inside the ZIP ({@code manifest.json}, {@code manifest.sig} or a
 * listed file), or {@code null} for the ZIP as a whole
 * @param kind what is wrong
 * @param detail a sentence for staff
 */
public record VerificationProblem(String file, Kind kind, String detail) {

	/** What a verification can find wrong, with the names staff read. */
	public enum Kind {

		/** A file's content no longer has the SHA-256 the manifest lists. */
		HASH_MISMATCH("文件内容与清单记载不符"),
		/** A file's size differs from the manifest. */
		SIZE_MISMATCH("文件大小与清单记载不符"),
		/** A file the manifest lists is not in the ZIP. */
		MISSING_FILE("清单所列文件缺失"),
		/** The ZIP holds a file the manifest does not list. */
		UNLISTED_FILE("卷内有清单未列的文件"),
		/** manifest.json differs from the one recorded when the volume was sealed. */
		MANIFEST_CHANGED("清单与封存时不符"),
		/** manifest.sig does not verify with the signing key. */
		SIGNATURE_INVALID("签名验证未通过"),
		/** The ZIP's SHA-256 differs from the one recorded when sealed. */
		ARCHIVE_CHANGED("卷宗文件与封存时不符"),
		/** The ZIP cannot be read (gone or damaged). */
		ARCHIVE_UNREADABLE("卷宗文件无法读取");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
