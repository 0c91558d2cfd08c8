package cn.jianwu.channel.bulletin;

import cn.jianwu.testsupport.docs.OpenApiDocument;
import org.junit.jupiter.api.Test;

/**
 * The bulletin's API is the one {@code docs/openapi/channel-bulletin.json} describes. On
 * the running service the other integration tests share: a context of its own would cost
 * more than the check.
 */
class BulletinApiDocumentIT extends RunningBulletinService {

	@Test
	void servesTheApiItsDocumentDescribes() {
		OpenApiDocument.assertDocumented("channel-bulletin", this.port);
	}

}
