package cn.jianwu.disclosure;

import cn.jianwu.testsupport.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The platform's architecture rules on this service's production classes. */
class ArchitectureTest {

	/**
	 * Known: these controllers still read items through {@code item.ItemRepository}
	 * instead of {@code ItemService}. They are being rewritten for the disclosure-api
	 * contract; the reads move behind the item feature after that.
	 */
	@Test
	void keepsToThePlatformsArchitecture() {
		ArchitectureRules.checkServiceExceptControllers("cn.jianwu.disclosure", "console.ItemController",
				"console.MyItemsController", "attachment.AttachmentController");
	}

}
