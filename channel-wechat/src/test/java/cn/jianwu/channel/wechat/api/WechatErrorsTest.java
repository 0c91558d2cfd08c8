package cn.jianwu.channel.wechat.api;

import java.io.IOException;
import java.net.SocketTimeoutException;

import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import org.apache.http.client.HttpResponseException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WechatErrorsTest {

	@Test
	void busyAndQuotaErrorsAreTriedAgain() {
		assertThat(WechatErrors.map("新建草稿", wechat(-1))).isInstanceOf(TransientChannelException.class)
			.hasMessageContaining("系统繁忙");
		assertThat(WechatErrors.map("新建草稿", wechat(45009))).isInstanceOf(TransientChannelException.class);
		assertThat(WechatErrors.map("新建草稿", wechat(45011))).isInstanceOf(TransientChannelException.class);
	}

	@Test
	void serverErrorsAndNetworkFailuresAreTriedAgain() {
		assertThat(WechatErrors.map("提交发布", new WxErrorException(new HttpResponseException(503, "unavailable"))))
			.isInstanceOf(TransientChannelException.class)
			.hasMessageContaining("HTTP 503");
		assertThat(WechatErrors.map("提交发布", new WxErrorException(new SocketTimeoutException("read timed out"))))
			.isInstanceOf(TransientChannelException.class);
		assertThat(WechatErrors.map("提交发布", new WxErrorException(new IOException("connection refused"))))
			.isInstanceOf(TransientChannelException.class);
		assertThat(WechatErrors.map("提交发布", new WxErrorException(new HttpResponseException(404, "not found"))))
			.isInstanceOf(PermanentChannelException.class);
	}

	@Test
	void credentialsWhitelistPermissionAndContentErrorsFailAtOnce() {
		assertThat(WechatErrors.map("新建草稿", wechat(40001))).isInstanceOf(PermanentChannelException.class)
			.hasMessageContaining("AppSecret");
		assertThat(WechatErrors.map("新建草稿", wechat(42001))).isInstanceOf(PermanentChannelException.class);
		assertThat(WechatErrors.map("新建草稿", wechat(40164))).isInstanceOf(PermanentChannelException.class)
			.hasMessageContaining("白名单");
		assertThat(WechatErrors.map("新建草稿", wechat(48001))).isInstanceOf(PermanentChannelException.class)
			.hasMessageContaining("权限");
		assertThat(WechatErrors.map("新建草稿", wechat(87014))).isInstanceOf(PermanentChannelException.class)
			.hasMessageContaining("违法违规");
		assertThat(WechatErrors.map("新建草稿", wechat(45003))).isInstanceOf(PermanentChannelException.class)
			.hasMessageContaining("标题");
		assertThat(WechatErrors.map("新建草稿", wechat(45166))).isInstanceOf(PermanentChannelException.class)
			.hasMessageContaining("限制");
		assertThat(WechatErrors.map("新建草稿", wechat(99999))).isInstanceOf(PermanentChannelException.class)
			.hasMessageStartingWith("新建草稿失败")
			.hasMessageContaining("99999");
	}

	@Test
	void keepsAnExtraMarginBeforeTheTokenExpires() {
		assertThat(SharedAccessToken.keepFor(7200, 300)).isEqualTo(6900);
		assertThat(SharedAccessToken.keepFor(400, 300)).isEqualTo(200);
		assertThat(SharedAccessToken.keepFor(1, 300)).isEqualTo(1);
	}

	private static WxErrorException wechat(int code) {
		return new WxErrorException(WxError.builder().errorCode(code).errorMsg("errmsg " + code).build());
	}

}
