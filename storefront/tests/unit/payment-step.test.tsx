import { fireEvent, screen } from "@testing-library/dom"
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest"
import { renderIntl } from "../helpers"
import { act } from "../render"

const placeOrder = vi.fn(async () => null)
const startStripePayment = vi.fn()
vi.doMock("@/lib/actions/cart", () => ({ placeOrder }))
vi.doMock("@/lib/actions/stripe", () => ({ startStripePayment }))

// Stripe.js itself comes from js.stripe.com, which tests cannot reach: a stand-in Stripe object
// records what the real @stripe/react-stripe-js asks of it.
const mounted = { mount: vi.fn(), on: vi.fn(), off: vi.fn(), update: vi.fn(), destroy: vi.fn() }
const elements = { create: vi.fn(() => mounted), getElement: vi.fn(() => null), update: vi.fn(), on: vi.fn() }
const confirmPayment = vi.fn(async () => ({ error: { message: "Your card was declined." } }))
const fakeStripe = {
  elements: vi.fn(() => elements),
  confirmPayment,
  createToken: vi.fn(),
  createPaymentMethod: vi.fn(),
  confirmCardPayment: vi.fn(),
  _registerWrapper: vi.fn(),
  registerAppInfo: vi.fn(),
}
const loadStripe = vi.fn(async () => fakeStripe)
vi.doMock("@stripe/stripe-js", () => ({ loadStripe }))

let PaymentStep: typeof import("@/modules/checkout/PaymentStep").PaymentStep
let paymentChoices: typeof import("@/lib/stripe/providers").paymentChoices
beforeAll(async () => {
  ;({ PaymentStep } = await import("@/modules/checkout/PaymentStep"))
  ;({ paymentChoices } = await import("@/lib/stripe/providers"))
})
beforeEach(() => vi.clearAllMocks())

const ALL = ["pp_demo_demo", "pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe"]
const options = () => screen.getAllByRole("radio").map((r) => (r as HTMLInputElement).value)
const flush = () => act(async () => new Promise((r) => setTimeout(r, 0)))

describe("paymentChoices", () => {
  it("offers Stripe's methods only with a key and only those the region has", () => {
    expect(paymentChoices(ALL, null)).toEqual(["pp_demo_demo"])
    expect(paymentChoices(ALL, "pk_test")).toEqual(["pp_stripe_stripe", "pp_stripe-alipay_stripe", "pp_stripe-wechatpay_stripe", "pp_demo_demo"])
    expect(paymentChoices(["pp_demo_demo", "pp_stripe-alipay_stripe"], "pk_test")).toEqual(["pp_stripe-alipay_stripe", "pp_demo_demo"])
    // production: Stripe only, no unpaid checkout offered
    expect(paymentChoices(["pp_stripe_stripe"], "pk_test")).toEqual(["pp_stripe_stripe"])
    expect(paymentChoices([], "pk_test")).toEqual([])
  })
})

describe("PaymentStep", () => {
  it("without a Stripe key: the system provider and a place-order button, no Stripe", () => {
    renderIntl(<PaymentStep providers={ALL} stripeKey={null} />)
    expect(options()).toEqual(["pp_demo_demo"])
    expect(screen.getByTestId("place-order").textContent).toBe("提交订单")
    expect(screen.queryByTestId("stripe-continue")).toBeNull()
    expect(loadStripe).not.toHaveBeenCalled()
  })

  it("with a key: card, Alipay, WeChat Pay, then the Payment Element for the chosen method's session", async () => {
    startStripePayment.mockResolvedValue({ clientSecret: "pi_1_secret_2" })
    renderIntl(<PaymentStep providers={ALL} stripeKey="pk_test_1" />)
    expect(screen.getAllByRole("radio").map((r) => r.parentElement!.textContent)).toEqual(["银行卡", "支付宝", "微信支付", "演示支付（不实际扣款，下单即视为已收款）"])
    fireEvent.click(screen.getByDisplayValue("pp_stripe-alipay_stripe"))
    expect(screen.queryByTestId("place-order")).toBeNull()
    await act(async () => fireEvent.click(screen.getByTestId("stripe-continue")))
    await flush()

    expect(startStripePayment).toHaveBeenCalledWith("pp_stripe-alipay_stripe")
    expect(loadStripe).toHaveBeenCalledWith("pk_test_1")
    expect(fakeStripe.elements).toHaveBeenCalledWith(expect.objectContaining({ clientSecret: "pi_1_secret_2", locale: "zh" }))
    expect(elements.create).toHaveBeenCalledWith("payment", expect.anything())
    expect(screen.getByTestId("stripe-pay").textContent).toBe("确认支付")

    await act(async () => fireEvent.submit(screen.getByTestId("stripe-form")))
    await flush()
    expect(confirmPayment).toHaveBeenCalledWith(
      expect.objectContaining({ elements, redirect: "if_required", confirmParams: { return_url: "http://localhost:3000/zh/checkout/stripe-return" } })
    )
    expect(screen.getByTestId("payment-error").textContent).toBe("Your card was declined.")
  })

  it("shows why when the session cannot be opened, and keeps the system provider as a way out", async () => {
    startStripePayment.mockResolvedValue({ error: "paymentFailed" })
    renderIntl(<PaymentStep providers={ALL} stripeKey="pk_test_1" />)
    await act(async () => fireEvent.click(screen.getByTestId("stripe-continue")))
    await flush()
    expect(screen.getByTestId("payment-error").textContent).toBe("支付未成功，未扣款。请重试或更换支付方式。")
    expect(screen.queryByTestId("stripe-payment")).toBeNull()
    fireEvent.click(screen.getByDisplayValue("pp_demo_demo"))
    expect(screen.getByTestId("place-order")).toBeTruthy()
  })

  it("reports a payment that failed on Stripe's return", () => {
    renderIntl(<PaymentStep providers={ALL} stripeKey="pk_test_1" failed />)
    expect(screen.getByTestId("payment-error").textContent).toBe("支付未成功，未扣款。请重试或更换支付方式。")
  })
})
