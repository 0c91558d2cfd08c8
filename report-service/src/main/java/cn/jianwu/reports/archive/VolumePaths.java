package cn.jianwu.reports.archive;

import cn.jianwu.events.AttachmentRef;

/** Where each file sits inside a volume's ZIP. */
final class VolumePaths {

	static final String CATALOGUE_PDF = "catalogue.pdf";

	/** The catalogue's data, for programs that read the volume. */
	static final String CATALOGUE_JSON = "catalogue.json";

	private VolumePaths() {
	}

	static String revision(CatalogueEntry entry) {
		return "items/" + safe(entry.itemId()) + "/r" + entry.revision() + "/";
	}

	static String body(CatalogueEntry entry) {
		return revision(entry) + "body.html";
	}

	static String attachment(CatalogueEntry entry, AttachmentRef attachment) {
		return revision(entry) + "attachments/" + safe(attachment.id()) + "/" + safe(attachment.fileName());
	}

	/**
	 * A name as one path segment: no separators, no control characters, no {@code ..}.
	 */
	static String safe(String name) {
		String cleaned = (name != null) ? name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").trim() : "";
		if (cleaned.isEmpty() || cleaned.chars().allMatch((c) -> c == '.')) {
			return "_";
		}
		return (cleaned.length() > 120) ? cleaned.substring(0, 120) : cleaned;
	}

}
