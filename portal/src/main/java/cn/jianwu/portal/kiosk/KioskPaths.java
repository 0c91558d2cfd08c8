package cn.jianwu.portal.kiosk;

import java.util.List;

import cn.jianwu.portal.casequery.RightsNotices;
import cn.jianwu.portal.publication.PublicItems;

/**
 * The kiosk's addresses. A kiosk never leads out of {@code /kiosk} (nobody could find the
 * way back without an address bar), so an item the site shows at
 * {@link PublicItems#path(String)} is read here under the same path below {@code /kiosk}.
 */
final class KioskPaths {

	static final String HOME = "/kiosk";

	static final String LATEST = HOME + "/latest";

	static final String GUIDES = HOME + "/guides";

	private KioskPaths() {
	}

	/** An item's reading page on the kiosk. */
	static String item(String id) {
		return HOME + PublicItems.path(id);
	}

	/**
	 * The notices of a case answer with kiosk addresses: each guide read on the kiosk,
	 * the whole section as the kiosk's 办事指南.
	 */
	static RightsNotices.Notices notices(RightsNotices.Notices site) {
		List<RightsNotices.Link> guides = site.guides()
			.stream()
			.map((guide) -> new RightsNotices.Link(guide.title(), HOME + guide.path()))
			.toList();
		return new RightsNotices.Notices(guides, GUIDES);
	}

}
