package cn.jianwu.channel.bulletin.screens;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** No screen is registered under the id. */
final class ScreenNotFound {

	private ScreenNotFound() {
	}

	static ErrorResponseException of(String screenId) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "screen-not-found",
				"未找到该显示屏", "没有编号为“" + screenId + "”的显示屏，请检查地址或联系系统管理员登记。"), null);
	}

}
