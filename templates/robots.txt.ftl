User-agent: *
Allow: /
<#list sitemap.urls as u>
Sitemap: ${u}
</#list>
