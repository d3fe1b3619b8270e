import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useMutation, useQueryClient } from "@tanstack/react-query"
import { uploadFile, type UploadAnswer } from "../../../lib/upload-file"
import type { PartnerFileResponse as UploadResult } from "@onecounty/contracts/partners"

const ACCEPT = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

function RowErrors({ answer }: { answer: Extract<UploadAnswer<UploadResult>, { ok: false }> }) {
  return (
    <div className="flex flex-col gap-y-2" data-testid="upload-errors">
      <Text className="text-ui-fg-error" role="alert">{answer.message}</Text>
      {answer.errors.length > 0 && (
        <div className="max-h-96 overflow-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>行 Row</Table.HeaderCell>
                <Table.HeaderCell>列 Column</Table.HeaderCell>
                <Table.HeaderCell>原因 Reason</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {answer.errors.map((e, i) => (
                <Table.Row key={i} data-testid="upload-error-row">
                  <Table.Cell>{e.row}</Table.Cell>
                  <Table.Cell className="font-mono">{e.column}</Table.Cell>
                  <Table.Cell>{e.reason}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  )
}

/**
 * Sales a partner without IT sends as a spreadsheet, uploaded on its behalf: CSV (UTF-8 or GBK, as
 * Excel saves it) or XLSX. A file with any bad row books nothing; every bad row is listed.
 */
export function SalesUpload({ partnerId }: { partnerId: string }) {
  const client = useQueryClient()
  const upload = useMutation({
    mutationFn: (file: File) => uploadFile<UploadResult>(`/admin/partners/${partnerId}/sales/files`, file),
    onSuccess: (answer) => {
      if (answer.ok) {
        client.invalidateQueries({ queryKey: ["partner", partnerId] })
        client.invalidateQueries({ queryKey: ["partner-codes"] })
      }
    },
  })
  const answer = upload.data
  return (
    <Container className="flex flex-col gap-y-3" data-testid="partner-upload">
      <Heading level="h2">上传销售文件 Upload sales file</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        CSV（UTF-8 或 Excel 默认的 GBK）或 Excel 工作簿 .xlsx（第一个工作表）。表头：reference(单号), line(行号), outlet_code(门店编码),
        sold_at(销售时间), barcode(条码) 或 sku(商品编码), quantity(数量), amount_fen(金额_分) 或 amount_yuan(金额_元)。
        金额不要带 ¥ 或千位分隔符。有任何错误的文件一行也不入账。
        <br />
        CSV (UTF-8, or GBK as Excel saves it) or an .xlsx workbook (first sheet), header as above. Amounts without ¥ or thousands
        separators. A file with any error books nothing.
      </Text>
      <div className="flex items-center gap-x-3">
        <input
          type="file"
          accept={ACCEPT}
          aria-label="选择文件 Choose file"
          className="text-sm"
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (file) upload.mutate(file)
            // choosing the same file again after fixing it uploads it again
            e.target.value = ""
          }}
        />
        {upload.isPending && <Text size="small">上传中… Uploading…</Text>}
      </div>
      {upload.error && <Text className="text-ui-fg-error" role="alert">{upload.error.message}</Text>}
      {answer?.ok === false && <RowErrors answer={answer} />}
      {answer?.ok && (
        <Text className="text-ui-fg-interactive" data-testid="upload-done">
          已接收 {answer.data.received} 行：新增 {answer.data.new}，重复 {answer.data.duplicates}，待匹配 {answer.data.waiting_for_mapping}。
          Received {answer.data.received} lines: {answer.data.new} new, {answer.data.duplicates} already received,{" "}
          {answer.data.waiting_for_mapping} waiting for mapping.
        </Text>
      )}
    </Container>
  )
}
