import "fake-indexeddb/auto"
import { fireEvent, screen } from "@testing-library/dom"
import { describe, expect, it, vi } from "vitest"
import { KioskApiError, type KioskApi } from "@/lib/kiosk/api"
import { openKioskDb } from "@/lib/kiosk/db"
import type { ClerkSession, KioskCounter } from "@/lib/kiosk/types"
import { LoginView } from "@/modules/kiosk/LoginView"
import { renderIntl } from "../helpers"
import { act } from "../render"

const counter: KioskCounter = { id: "ctr_1", name: "徐汇区百县百品专柜", name_en: "Xuhui counter", kind: "counter" }
const clerks = [
  { id: "clk_m", name: "李店长", role: "manager" as const },
  { id: "clk_c", name: "王芳", role: "clerk" as const },
]
let n = 0
const freshDb = () => openKioskDb(`kiosk-login-${Date.now()}-${n++}`)
const session: ClerkSession = { token: "jwt", clerk: clerks[1]!, expires_at: "2099-01-01T00:00:00Z" }

async function enterPin(pin: string) {
  act(() => {
    fireEvent.change(screen.getByTestId("pin-input"), { target: { value: pin } })
  })
  await act(async () => {
    fireEvent.click(screen.getByTestId("pin-submit"))
  })
  // The PIN pad is disabled while the login (and the PIN hash for offline login, slow on purpose) runs.
  await vi.waitFor(() => expect((screen.getByTestId("pin-input") as HTMLInputElement).disabled).toBe(false), { timeout: 4_000 })
}

// What the login screen shows for the API's answers. The lockout itself (5 wrong PINs, 15 minutes,
// cleared by a right PIN) is the server's and tested there: backend/integration-tests/kiosk/pin-lockout.spec.ts.
describe("clerk login", () => {
  it("says how many tries are left, then until when the clerk is locked, then logs in", async () => {
    const login = vi
      .fn()
      .mockRejectedValueOnce(new KioskApiError(401, { message: "Wrong PIN", attempts_left: 1 }))
      .mockRejectedValueOnce(new KioskApiError(429, { message: "Locked", locked_until: "2026-11-24T04:15:00.000Z" }))
      .mockResolvedValueOnce(session)
    const onLogin = vi.fn()
    renderIntl(<LoginView api={{ login } as unknown as KioskApi} db={await freshDb()} counter={counter} clerks={clerks} locale="zh" onLogin={onLogin} />)
    expect(screen.getByTestId("kiosk-counter-name").textContent).toBe("徐汇区百县百品专柜")
    // No PIN pad before a clerk is chosen (there are two).
    expect(screen.queryByTestId("pin-input")).toBeNull()
    act(() => fireEvent.click(screen.getAllByTestId("clerk-button").find((b) => b.dataset.role === "clerk")!))

    await enterPin("12ab34")
    expect(login).toHaveBeenLastCalledWith("clk_c", "1234")
    expect(screen.getByTestId("login-error").textContent).toBe("PIN 不正确，还可尝试 1 次。")
    expect((screen.getByTestId("pin-input") as HTMLInputElement).value).toBe("")

    await enterPin("1234")
    // 04:15 UTC is 12:15 in Shanghai.
    expect(screen.getByTestId("login-error").textContent).toBe("尝试次数过多，已锁定至 12:15。")

    await enterPin("1357")
    expect(onLogin).toHaveBeenCalledWith(session)
  })

  it("needs 4 digits before it sends anything, and says when the network is missing", async () => {
    const login = vi.fn().mockRejectedValue(new TypeError("Failed to fetch"))
    renderIntl(<LoginView api={{ login } as unknown as KioskApi} db={await freshDb()} counter={counter} clerks={[clerks[1]!]} locale="en" onLogin={() => {}} />, "en")
    expect(screen.getByTestId("kiosk-counter-name").textContent).toBe("Xuhui counter")
    act(() => {
      fireEvent.change(screen.getByTestId("pin-input"), { target: { value: "135" } })
    })
    expect((screen.getByTestId("pin-submit") as HTMLButtonElement).disabled).toBe(true)
    await enterPin("1357")
    expect(screen.getByTestId("login-error").textContent).toBe("Cannot reach the server, and this device holds no offline login for this clerk: log in once online.")
  })

  it("after an online login, lets the clerk in offline with the same PIN (server unreachable), and refuses a wrong one with the tries left", async () => {
    const login = vi.fn().mockResolvedValueOnce(session).mockRejectedValue(new TypeError("Failed to fetch"))
    const onLogin = vi.fn()
    const db = await freshDb()
    renderIntl(<LoginView api={{ login } as unknown as KioskApi} db={db} counter={counter} clerks={[clerks[1]!]} locale="zh" onLogin={onLogin} />)
    await enterPin("2468")
    expect(onLogin).toHaveBeenLastCalledWith(session)
    await enterPin("1111")
    expect(screen.getByTestId("login-error").textContent).toBe("PIN 不正确，还可尝试 4 次。")
    await enterPin("2468")
    expect(onLogin).toHaveBeenCalledTimes(2)
    expect(onLogin.mock.lastCall![0]).toMatchObject({ token: "", offline: true, clerk: clerks[1] })
  })
})
