package cn.jianwu.portal.kiosk;

import cn.jianwu.portal.site.PortalProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every kiosk page's frame needs: how long it waits without a touch before
 * {@code js/kiosk.js} takes it back to the kiosk's home.
 */
@ControllerAdvice(basePackageClasses = KioskFrame.class)
class KioskFrame {

	private final PortalProperties properties;

	KioskFrame(PortalProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("idleSeconds")
	long idleSeconds() {
		return this.properties.kioskIdleTimeout().toSeconds();
	}

}
